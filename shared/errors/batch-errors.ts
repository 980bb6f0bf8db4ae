import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// Batch release (shared/batch.ts). Words in shared/i18n/*/batch.ts.
//
// batch.appid-mismatch params: { appid, projectAppid }: the row names an appid other than the project's (the
//   development appid). A 第三方平台 template uploaded for a merchant names the merchant in `extAppid` instead.
// batch.ext-missing params: { project }: a row with `extAppid` on a project whose miniprogramRoot has no readable
//   ext.json (missing, broken JSON, not an object): it is not a 第三方平台 template; `detail` says which.
// batch.config-unreadable params: { file }; `detail` keeps the system's error (mp-release batch).
// batch.config-invalid params: { file, where }: not JSON, or not the format of docs/batch-config.schema.json; `detail` lists why.
// batch.unknown: a retry of a batch the app does not know (not its last one): start the batch again.
// batch.interrupted: the row was queued or uploading when the app stopped (batch-ledger.ts keeps the last batch).
export const BATCH_ERRORS = {
  'batch.appid-mismatch': {},
  'batch.ext-missing': { link: { kind: 'url', url: DOCS.ext } },
  'batch.config-unreadable': {},
  'batch.config-invalid': {},
  'batch.unknown': {},
  'batch.interrupted': {},
} satisfies Catalogue;
