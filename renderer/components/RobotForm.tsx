import { useState } from 'react';
import { ROBOT_KINDS, type RobotKind } from '../../shared/notify';
import { useT } from '../i18n';
import { useNotifyStore } from '../stores/notify-store';
import { ROBOT_KIND_WORDS } from './robot-kind-words';

/** 添加机器人: platform, webhook URL, the signing secret (DingTalk, Feishu) and the scope. Cleared once saved. */
export function RobotForm({ appid }: { appid: string | null }) {
  const t = useT();
  const [kind, setKind] = useState<RobotKind>('wecom');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [onlyThis, setOnlyThis] = useState(false);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const saved = await useNotifyStore.getState().add({ kind, url, secret: kind === 'wecom' ? '' : secret, appid: onlyThis ? appid : null });
    setSaving(false);
    if (saved) {
      setUrl('');
      setSecret('');
    }
  };
  return (
    <fieldset className="robot-form" data-testid="robot-form">
      <legend>{t('notify.add')}</legend>
      <label className="settings__field">
        <span>{t('notify.addKind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as RobotKind)} data-testid="robot-kind">
          {ROBOT_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(ROBOT_KIND_WORDS[option])}
            </option>
          ))}
        </select>
      </label>
      <label className="settings__field">
        <span>{t('notify.addUrl')}</span>
        <input type="url" value={url} autoComplete="off" placeholder={t('notify.addUrlPlaceholder')} onChange={(event) => setUrl(event.target.value)} data-testid="robot-url-input" />
      </label>
      {kind !== 'wecom' && (
        <label className="settings__field">
          <span>{t('notify.addSecret')}</span>
          <input type="password" value={secret} autoComplete="off" onChange={(event) => setSecret(event.target.value)} data-testid="robot-secret-input" />
        </label>
      )}
      {appid && (
        <label className="settings__check">
          <input type="checkbox" checked={onlyThis} onChange={(event) => setOnlyThis(event.target.checked)} data-testid="robot-only-this" />
          <span>{t('notify.addScopeThis', { appid })}</span>
        </label>
      )}
      <p className="mp-links">
        <button type="button" className="button" disabled={saving || url.trim() === ''} onClick={() => void save()} data-testid="robot-save">
          {t('notify.addSave')}
        </button>
      </p>
    </fieldset>
  );
}
