/**
 * A funded organisation speaking for itself: "Please accept this letter as eight weeks' notice,
 * under clause 11 of our grant agreement, that we will stop providing the lunch club". The
 * funder's own letters say "your grant" or "our grant to you"; the grantee says "our grant",
 * "our funding" or "our contract" and then what *it* will do. Notice it gives, and its own
 * decision to stop, are not a public body cutting funding, so neither the notice rule nor the
 * impact rule applies.
 */
const OWN_FUNDING = /\bour (?:council |county |ICB |NHS )?(?:grant|funding|contract|service level agreement|SLA)(?: agreement| contract| conditions| terms)?\b(?!\s+(?:to|for|of|with (?:you|your))\b)/i;
const WE_ACT = /\bwe (?:will|shall|are going to|intend to|plan to|have (?:now |reluctantly )?decided to|must|can no longer|are no longer able to)\b/i;

/** Does this sentence speak as the organisation that receives the funding, about what it will do? */
export function speaksAsGrantee(sentence: string): boolean {
  return OWN_FUNDING.test(sentence) && WE_ACT.test(sentence);
}
