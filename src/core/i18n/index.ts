/** Picks the catalogue for a language. */
import { en } from './en';
import type { Language, Messages } from './messages';
import { ru } from './ru';

export type { Language, Messages } from './messages';

export const catalogue = (language: Language): Messages => (language === 'en' ? en : ru);
