/**
 * French "de" before a name, elided before a written vowel: « la quantité d’Outscale Sauvegarde »,
 * « la quantité de CryptPad Équipe ». A leading h or y is left alone: whether it elides depends on the
 * word (« d’HDS » but « de Hyper… »), and "de" is never wrong there.
 */
export function deName(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûüæœ]/i.test(name) ? `d’${name}` : `de ${name}`;
}
