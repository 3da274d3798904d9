/** Sums of money as written in council papers: "£24,000", "£1.5m", "£30k". */
const MONEY = /£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m)?\b/gi;

/** Every sum in the text, in pounds, in order. */
export function sumsIn(text: string): number[] {
  return [...text.matchAll(MONEY)].map((match) => Number(match[1]!.replace(/,/g, '')) * (match[2]?.toLowerCase() === 'm' ? 1e6 : match[2] ? 1e3 : 1));
}
