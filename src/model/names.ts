// Comparing names: case, accents, punctuation and spacing folded away, so "Sergey" matches
// "sergey" and "Türkiye" matches "Turkiye". Search in the viewer and gold scoring share it.

export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
