/** Links that go into emails: everything the page needs is in the URL, so any device can open it. */
export function verifyUrl(appUrl: string, slug: string, token: string): string {
  return `${appUrl}/p/${slug}/verify?token=${token}`;
}

export function statusUrl(appUrl: string, slug: string, token: string): string {
  return `${appUrl}/p/${slug}/status?token=${token}`;
}
