/**
 * Building elements. Text only ever goes in as text nodes or attributes, never as HTML, so whatever a
 * person typed (or the Sheet holds) shows as written: `<script>` is seven characters, not a script.
 */

export type Attrs = Record<string, string | boolean | undefined>;

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
};

export const option = (value: string, label: string): HTMLOptionElement => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
};

export const datalist = (id: string, values: readonly string[]): HTMLDataListElement => {
  const list = el('datalist', { id });
  for (const v of values) {
    const o = document.createElement('option');
    o.value = v;
    list.append(o);
  }
  return list;
};

export const capitalize = (s: string): string => (s === '' ? s : s.charAt(0).toUpperCase() + s.slice(1));
