/**
 * Korean particles (조사) and copula endings that glue to the end of a name: "외교부는",
 * "정하윤 장관이", "KOICA와", "행안부 측은". Names are reported without them, so every parser asks
 * this module for the ways a word can split into stem + particle and keeps the split whose stem
 * its own rule accepts.
 *
 * Data first, logic below. Stacked particles ("에서는", "과의", "으로부터") are listed whole
 * because a stack is not simply any two singles ("는이" is not Korean).
 */

/** Copula forms after a noun ("…이다", "…이자", "…인"): endings of a clause, not case particles. */
export const COPULA_FORMS: readonly string[] = ['이다', '다', '이며', '며', '이고', '고', '이었다', '였다', '이자', '자', '인', '이라', '라', '입니다'];

export const PARTICLES: readonly string[] = [
  // case particles
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '에게서', '께', '께서', '한테', '와', '과',
  '로', '으로', '로서', '으로서', '로써', '으로써', '로부터', '으로부터', '에서부터', '부터', '까지', '보다',
  '처럼', '만큼', '같이', '이랑', '랑', '하고',
  // auxiliary particles
  '도', '만', '조차', '마저', '뿐', '이나', '나', '이나마', '이든', '든', '이라도', '라도', '마다',
  // stacks
  '에서는', '에서도', '에서의', '에서만', '에게는', '에게도', '에는', '에도', '에만', '에의', '와는', '과는', '와도',
  '과도', '와의', '과의', '로는', '으로는', '로도', '으로도', '로의', '으로의', '께서는', '께서도', '까지는', '까지도',
  '부터는', '만이', '만은', '만을', '만의', '이야', '야', '이란', '란', '이라는', '라는', '이라고', '라고',
  '이라며', '라며', '이라면서', '라면서',
  // copula forms after a noun
  ...COPULA_FORMS,
  // "side" (측) and plural (들) that attach to organizations and people, with their particles
  '측', '측은', '측이', '측의', '측과', '측에', '측도', '측에서', '측으로', '측를', '측을',
  '들', '들은', '들이', '들의', '들과', '들을', '들도', '들에게',
  // honorific plural / "님"
  '님', '님은', '님이', '님의', '님께서', '님과',
];

import { memoWord } from './memo.js';

/** Particles sorted longest first (ties in table order), so the most specific split comes first. */
const BY_LENGTH: readonly string[] = [...new Set(PARTICLES)].sort((a, b) => b.length - a.length);
const MAX_PARTICLE = BY_LENGTH[0]?.length ?? 0;
const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);

export interface ParticleSplit {
  /** The word without the particle. */
  stem: string;
  /** The particle ('' for the unsplit word). */
  particle: string;
}

/**
 * Every way `word` splits into a non-empty stem and a listed particle, longest particle first,
 * ending with the unsplit word itself. Bounded work: at most MAX_PARTICLE suffix lookups.
 */
export const particleSplits: (word: string) => readonly ParticleSplit[] = memoWord(computeSplits);

function computeSplits(word: string): ParticleSplit[] {
  const out: ParticleSplit[] = [];
  for (let len = Math.min(MAX_PARTICLE, word.length - 1); len >= 1; len--) {
    const particle = word.slice(word.length - len);
    if (PARTICLE_SET.has(particle)) out.push({ stem: word.slice(0, word.length - len), particle });
  }
  out.push({ stem: word, particle: '' });
  return out;
}

/** Is `s` a listed particle (or empty)? */
export const isParticle = (s: string): boolean => s === '' || PARTICLE_SET.has(s);

/**
 * The first split (longest particle first, unsplit last) whose stem `accept` takes, or null.
 * Preferring the stripped form matters for words like "교육부도", where the unsplit word would
 * also look like a name ending in "도".
 */
export function stripParticle(word: string, accept: (stem: string) => boolean): ParticleSplit | null {
  for (const split of particleSplits(word)) if (accept(split.stem)) return split;
  return null;
}

/** Drops a trailing particle when one is there (longest first), whatever the stem. */
export function stripAnyParticle(word: string): string {
  const splits = particleSplits(word);
  return splits.length > 1 ? (splits[0]?.stem ?? word) : word;
}
