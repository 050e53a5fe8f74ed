// The `?next=` of the sign-in and sign-up pages: a path on this site, or nothing, so that
// `//evil.example` or `https://…` cannot send the learner elsewhere. The actions check the form's
// copy again (a form field can be edited).
export function nextParam(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^\/(?![/\\])[\w\-./?=&%]*$/.test(first) && first.length <= 200 ? first : null;
}
