/**
 * English baseline for person and organization extraction: compromise's `.people()` and
 * `.organizations()` over the same body our pipeline extracted. Names are de-duplicated
 * (case-insensitively) and trimmed of surrounding punctuation and possessive endings, which is
 * the least a consumer would do with its output.
 */
import nlp from 'compromise';

function clean(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’([{,.;:]+|[\s"'“”‘’)\]},.;:]+$/g, '')
    .replace(/['’]s$/i, '')
    .trim();
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map(clean)) {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

export function compromiseEntities(text: string): { persons: string[]; organizations: string[] } {
  const doc = nlp(text);
  return {
    persons: unique(doc.people().out('array') as string[]),
    organizations: unique(doc.organizations().out('array') as string[]),
  };
}
