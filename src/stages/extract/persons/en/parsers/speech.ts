/**
 * Parsers: names next to a speech or reporting verb.
 *   "Onfa Vejjajiva said", "Chin said"      name + verb
 *   "said Lee In-jae, assistant minister"   verb + name
 *   "according to Kim Jin-pyo"               "according to" + name
 * A single word is weak evidence (companies and places speak too): it survives only if it
 * resolves to a full name found elsewhere in the document.
 */
import { isCapitalized } from '../../../organizations/en/tokens.js';
import { ACTION_VERBS, INVERTED_SPEECH_VERBS, SPEECH_VERBS } from '../data.js';
import { isKoreanNameAt, readName, readNameBackward } from '../names.js';
import type { PersonCandidate, PersonContext } from '../types.js';

export function parseSpeechVerbs(ctx: PersonContext): PersonCandidate[] {
  const { tokens } = ctx;
  const out: PersonCandidate[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]!;
    if (verb.kind !== 'word') continue;
    const speech = SPEECH_VERBS.has(verb.text);
    if (!speech && !ACTION_VERBS.has(verb.text)) continue;
    // Name + verb: the name ends right before the verb and starts a clause.
    const to = v - 1;
    const from = readNameBackward(tokens, to);
    if (from <= to && tokens[to]!.para === verb.para) {
      const before = tokens[from - 1];
      // "The Korea Herald said": a capitalized word before the run means it is not a bare name.
      if (!(before && before.para === verb.para && isCapitalized(before) && before.end + 1 === tokens[from]!.start)) {
        const c = candidate(ctx, from, to, speech ? 'speech-before' : 'action-before');
        // "The Forum on Smart Cities opened": only a Korean-shaped name is a person on an action verb alone.
        if (!speech && !(isKoreanNameAt(tokens, from) && to === from + 1)) c.strength = 'weak';
        out.push(c);
      }
    }
    if (!speech) continue;
    // Verb + name ("said Lee In-jae"), also "according to Lee".
    if (!INVERTED_SPEECH_VERBS.has(verb.text)) continue;
    let start = v + 1;
    if (verb.text === 'according') {
      if (tokens[v + 1]?.text !== 'to') continue;
      start = v + 2;
    }
    const last = readName(tokens, start);
    if (last < start) continue;
    const after = tokens[last + 1];
    // The name must end the clause: "said Lee." / "said Lee, the minister"; not "said Samsung Electronics …".
    if (after && after.para === verb.para && after.kind === 'word' && isCapitalized(after)) continue;
    out.push(candidate(ctx, start, last, verb.text === 'according' ? 'according-to' : 'speech-after'));
  }
  return out;
}

function candidate(ctx: PersonContext, first: number, last: number, parser: string): PersonCandidate {
  const { tokens } = ctx;
  const korean = isKoreanNameAt(tokens, first) && last === first + 1;
  return {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    first,
    last,
    titles: [],
    strength: first === last ? 'weak' : korean || last > first ? 'strong' : 'weak',
    parser,
  };
}
