/** userId → name for the audit view's "who" column and user filter; the signed-in user is "You". */
export async function userNames(user) {
  return new Map([[user.id, `You (${user.displayName})`]]);
}
