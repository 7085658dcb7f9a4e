/**
 * Korean particles change with the sound that ends the word before them: "6,192억 원으로" but
 * "160개사로", "2021년이" but "2025년 9월이". Sentences built from values must pick the right one,
 * or every generated status reason reads as machine text.
 */

export type ParticlePair = '으로/로' | '이/가' | '을/를' | '은/는' | '과/와';

// How a trailing digit or symbol is read aloud, as the final sound of its Korean reading.
// true: ends in a consonant (받침); 'rieul': ends in ㄹ (which takes 로, not 으로); false: a vowel.
const SPOKEN_ENDINGS: Record<string, boolean | 'rieul'> = {
  '0': true, // 영
  '1': 'rieul', // 일
  '2': false, // 이
  '3': true, // 삼
  '4': false, // 사
  '5': false, // 오
  '6': true, // 육
  '7': 'rieul', // 칠
  '8': 'rieul', // 팔
  '9': false, // 구
  '%': false, // 퍼센트
  F: false, // (P)F: 에프
};

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;
const RIEUL = 8;

/** The word followed by the particle that fits its final sound. */
export function attachParticle(word: string, pair: ParticlePair): string {
  const [withConsonant = '', withVowel = ''] = pair.split('/');
  const ending = finalSound(word.trim());
  if (pair === '으로/로') return word + (ending === true ? withConsonant : withVowel);
  return word + (ending === false ? withVowel : withConsonant);
}

function finalSound(word: string): boolean | 'rieul' {
  const last = word.at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= HANGUL_START && code <= HANGUL_END) {
    const coda = (code - HANGUL_START) % 28;
    if (coda === 0) return false;
    return coda === RIEUL ? 'rieul' : true;
  }
  return SPOKEN_ENDINGS[last.toUpperCase()] ?? false;
}
