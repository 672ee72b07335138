// PropertiesService (script, document, user stores) and CacheService (expiring against the runtime clock).

import type {
  CacheServiceSurface,
  CacheSurface,
  PropertiesServiceSurface,
  PropertiesSurface,
} from "../../gas/surface";
import type { CallLog } from "./calls";
import type { Clock } from "./clock";

export class LocalProperties implements PropertiesSurface {
  readonly map: Map<string, string>;

  constructor(
    private readonly log: CallLog,
    seed: Record<string, string> = {},
  ) {
    this.map = new Map(Object.entries(seed).map(([k, v]) => [k, String(v)]));
  }

  getProperty(key: string): string | null {
    this.log.count("Properties", "getProperty");
    return this.map.get(key) ?? null;
  }
  setProperty(key: string, value: string): LocalProperties {
    this.log.count("Properties", "setProperty");
    this.map.set(String(key), String(value));
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): LocalProperties {
    this.log.count("Properties", "setProperties");
    if (deleteAllOthers) this.map.clear();
    for (const [k, v] of Object.entries(properties)) this.map.set(k, String(v));
    return this;
  }
  deleteProperty(key: string): LocalProperties {
    this.log.count("Properties", "deleteProperty");
    this.map.delete(key);
    return this;
  }
  deleteAllProperties(): LocalProperties {
    this.log.count("Properties", "deleteAllProperties");
    this.map.clear();
    return this;
  }
  getProperties(): { [key: string]: string } {
    this.log.count("Properties", "getProperties");
    return Object.fromEntries(this.map);
  }
  getKeys(): string[] {
    this.log.count("Properties", "getKeys");
    return [...this.map.keys()];
  }
}

export interface PropertySeeds {
  script?: Record<string, string>;
  document?: Record<string, string>;
  user?: Record<string, string>;
}

export class LocalPropertiesService implements PropertiesServiceSurface {
  readonly script: LocalProperties;
  readonly document: LocalProperties;
  readonly user: LocalProperties;

  constructor(
    private readonly log: CallLog,
    seeds: PropertySeeds = {},
  ) {
    this.script = new LocalProperties(log, seeds.script);
    this.document = new LocalProperties(log, seeds.document);
    this.user = new LocalProperties(log, seeds.user);
  }

  getScriptProperties(): LocalProperties {
    this.log.count("PropertiesService", "getScriptProperties");
    return this.script;
  }
  getDocumentProperties(): LocalProperties {
    this.log.count("PropertiesService", "getDocumentProperties");
    return this.document;
  }
  getUserProperties(): LocalProperties {
    this.log.count("PropertiesService", "getUserProperties");
    return this.user;
  }
}

/** The longest a cache entry lives (6 hours), and the default (10 minutes), per the reference. */
const MAX_EXPIRATION_S = 21600;
const DEFAULT_EXPIRATION_S = 600;

export class LocalCache implements CacheSurface {
  private readonly entries = new Map<string, { value: string; expires: number }>();

  constructor(
    private readonly log: CallLog,
    private readonly clock: Clock,
  ) {}

  get(key: string): string | null {
    this.log.count("Cache", "get");
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires <= this.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.log.count("Cache", "put");
    const seconds = Math.min(expirationInSeconds ?? DEFAULT_EXPIRATION_S, MAX_EXPIRATION_S);
    this.entries.set(key, { value: String(value), expires: this.clock.now() + seconds * 1000 });
  }
  remove(key: string): void {
    this.log.count("Cache", "remove");
    this.entries.delete(key);
  }
  /** Drops every entry, as the platform may do early at any time (for tests). */
  evictAll(): void {
    this.entries.clear();
  }
}

export class LocalCacheService implements CacheServiceSurface {
  readonly script: LocalCache;
  readonly document: LocalCache;
  readonly user: LocalCache;

  constructor(
    private readonly log: CallLog,
    clock: Clock,
  ) {
    this.script = new LocalCache(log, clock);
    this.document = new LocalCache(log, clock);
    this.user = new LocalCache(log, clock);
  }

  getScriptCache(): LocalCache {
    this.log.count("CacheService", "getScriptCache");
    return this.script;
  }
  getDocumentCache(): LocalCache {
    this.log.count("CacheService", "getDocumentCache");
    return this.document;
  }
  getUserCache(): LocalCache {
    this.log.count("CacheService", "getUserCache");
    return this.user;
  }
}
