import type { FleetClock, FleetRow, FleetState } from '../../shared/fleet';
import type { FleetColumn } from '../../shared/fleet-view';
import type { Lang } from '../../shared/model';
import type { MessageKey, Translate } from '../i18n';

// What each cell of the fleet board says, in the operator's language: the table shows it and the
// column filters match it, so a filter finds what the operator reads.

export const COLUMN_KEYS: Record<FleetColumn, MessageKey> = {
  name: 'fleet.col.name',
  appid: 'fleet.col.appid',
  version: 'fleet.col.version',
  key: 'fleet.col.key',
  check: 'fleet.col.check',
  domains: 'fleet.col.domains',
  filed: 'fleet.col.filed',
  privacy: 'fleet.col.privacy',
  clock: 'fleet.col.clock',
};

export const STATE_KEYS: Record<FleetState, MessageKey> = {
  none: 'fleet.state.none',
  uploaded: 'fleet.state.uploaded',
  trial: 'fleet.state.trial',
  submitted: 'fleet.state.submitted',
  approved: 'fleet.state.approved',
  rejected: 'fleet.state.rejected',
  withdrawn: 'fleet.state.withdrawn',
  released: 'fleet.state.released',
};

const when = (iso: string, lang: Lang) => new Date(iso).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });

export function clockText(clock: FleetClock, t: Translate): string {
  return clock.kind === 'phase'
    ? t('fleet.clock.phase', { version: clock.version, day: clock.day, autoFullOn: clock.autoFullOn })
    : t('fleet.clock.review', { version: clock.version, days: clock.days });
}

function checkText(row: FleetRow, t: Translate, lang: Lang): string {
  const check = row.check;
  if (!check) return t('fleet.check.never');
  const at = when(check.at, lang);
  if (check.ok) return t('fleet.check.ok', { at });
  if (check.ip) return t('fleet.check.refusedIp', { at, ip: check.ip });
  return t('fleet.check.failed', { at, code: check.code ?? '?' });
}

function domainsText(row: FleetRow, t: Translate): string {
  const domains = row.domains;
  if (!domains) return t('fleet.domains.unknown');
  if (domains.total === 0) return t('fleet.domains.none');
  if (domains.open === 0) return t('fleet.domains.allTicked', { total: domains.total });
  return t('fleet.domains.open', { open: domains.open, total: domains.total });
}

export function cellText(row: FleetRow, column: FleetColumn, t: Translate, lang: Lang): string {
  switch (column) {
    case 'name':
      return row.projectName;
    case 'appid':
      return row.appid;
    case 'version':
      return row.version ? `${row.version.version} ${t(STATE_KEYS[row.version.state])}` : t(STATE_KEYS.none);
    case 'key':
      if (!row.key) return t('fleet.key.missing');
      return t('fleet.key.stored', { fingerprint: row.key.fingerprint, days: row.key.ageDays }) + (row.key.sessionOnly ? t('fleet.key.session') : '');
    case 'check':
      return checkText(row, t, lang);
    case 'domains':
      return domainsText(row, t);
    case 'filed':
      return t(row.filed === null ? 'fleet.filed.unknown' : row.filed ? 'fleet.filed.yes' : 'fleet.filed.no');
    case 'privacy':
      if (row.privacy.guideDone) return t('fleet.privacy.done');
      return row.privacy.declared > 0 ? t('fleet.privacy.declared', { count: row.privacy.declared }) : t('fleet.privacy.unknown');
    case 'clock':
      return row.clocks.length > 0 ? row.clocks.map((clock) => clockText(clock, t)).join('; ') : t('fleet.clock.none');
  }
}
