import type { PrecheckPart, PrecheckPartStatus, PrecheckSkipReason, PrivacyCategory } from '../../../shared/precheck';
import type { MessageKey } from '../../i18n';

// The dictionary key of each value of the check's closed sets, written out so every key is used by name.

export const PRIVACY_CATEGORY_LABELS: Record<PrivacyCategory, MessageKey> = {
  userInfo: 'privacy.userInfo',
  location: 'privacy.location',
  chosenLocation: 'privacy.chosenLocation',
  address: 'privacy.address',
  invoice: 'privacy.invoice',
  werun: 'privacy.werun',
  phoneNumber: 'privacy.phoneNumber',
  licensePlate: 'privacy.licensePlate',
  album: 'privacy.album',
  file: 'privacy.file',
  microphone: 'privacy.microphone',
  camera: 'privacy.camera',
  bluetooth: 'privacy.bluetooth',
  albumWrite: 'privacy.albumWrite',
  contacts: 'privacy.contacts',
  calendar: 'privacy.calendar',
  clipboard: 'privacy.clipboard',
};

export const PART_LABELS: Record<PrecheckPart, MessageKey> = {
  project: 'precheck.part.project',
  connection: 'precheck.part.connection',
  sizes: 'precheck.part.sizes',
  privacy: 'precheck.part.privacy',
  domains: 'precheck.part.domains',
  quality: 'precheck.part.quality',
};

export const STATUS_LABELS: Record<Exclude<PrecheckPartStatus, 'skipped'>, MessageKey> = {
  ok: 'precheck.status.ok',
  findings: 'precheck.status.findings',
  failed: 'precheck.status.failed',
};

export const SKIP_LABELS: Record<PrecheckSkipReason, MessageKey> = {
  'project-blocked': 'precheck.skipped.project-blocked',
  'not-a-mini-program': 'precheck.skipped.not-a-mini-program',
  'no-project': 'precheck.skipped.no-project',
  'no-lists': 'precheck.skipped.no-lists',
};
