/** What an id in a catalog looks like (spec §1); kept apart from the zod schema so share codes can check ids without loading zod. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
