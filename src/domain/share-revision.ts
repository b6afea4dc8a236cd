import { ShareDecodeFailure, type BitReader, type BitWriter } from './share-bits';

/** Revisions named like "2026-11" (year ≥ 2000) cost about 3 characters; any other name is spelt out. */
const DATED = /^(\d{4})-(0[1-9]|1[0-2])$/;
const REVISION_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_LENGTH = 64;
/** Months from January 2000 to December 9999. */
const MAX_MONTH_INDEX = 8000 * 12 - 1;

export function writeRevision(out: BitWriter, revision: string): void {
  const dated = DATED.exec(revision);
  const year = Number(dated?.[1]);
  if (dated && year >= 2000) {
    out.write(1, 1);
    out.writeUint((year - 2000) * 12 + Number(dated[2]) - 1);
    return;
  }
  out.write(0, 1);
  out.writeUint(revision.length - 1);
  for (const c of revision) out.write(c.charCodeAt(0), 7);
}

const badRevision = () => new ShareDecodeFailure({ kind: 'malformed', detail: 'bad-revision' });

export function readRevision(input: BitReader): string {
  if (input.read(1) === 1) {
    const index = input.readUint();
    if (index > MAX_MONTH_INDEX) throw badRevision();
    const month = String((index % 12) + 1).padStart(2, '0');
    return `${2000 + Math.floor(index / 12)}-${month}`;
  }
  const length = input.readUint() + 1;
  if (length > MAX_LENGTH) throw badRevision();
  let revision = '';
  for (let i = 0; i < length; i++) revision += String.fromCharCode(input.read(7));
  if (!REVISION_PATTERN.test(revision)) throw badRevision();
  return revision;
}
