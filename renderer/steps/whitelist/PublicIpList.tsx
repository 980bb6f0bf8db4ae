import { IP_WHITELIST_LIMIT, type PublicIpResult } from '../../../shared/network';
import { CopyButton } from '../../components/CopyButton';
import { useT } from '../../i18n';

type Answers = Extract<PublicIpResult, { ok: true }>;

/**
 * The addresses to put on the upload IP whitelist. WeChat's own word wins: the IP its refusal named is
 * the one it saw. Otherwise every echo answer, with one `a.b.c.*` entry when several exits share a /24.
 */
export function PublicIpList({ wechatIp, answers }: { wechatIp: string | null; answers: Answers | null }) {
  const t = useT();
  if (wechatIp) {
    return (
      <p className="ip-line" data-testid="wechat-ip">
        {t('wl.ipFromWechat')}
        <code className="ip" data-testid="public-ip">
          {wechatIp}
        </code>{' '}
        <CopyButton text={wechatIp} testId="copy-ip" />
      </p>
    );
  }
  if (!answers) return null;
  return (
    <div data-testid="public-ips">
      {answers.answers.map((answer) => (
        <p className="ip-line" key={answer.ip}>
          {t('wl.ipIs')}
          <code className="ip" data-testid="public-ip">
            {answer.ip}
          </code>{' '}
          <CopyButton text={answer.ip} testId={`copy-ip-${answer.ip}`} />
        </p>
      ))}
      {answers.answers.length > 1 && answers.sharedEntry && (
        <p className="banner" data-testid="ip-shared-entry">
          {t('wl.ipSharedEntry', { entry: answers.sharedEntry })}{' '}
          <CopyButton text={answers.sharedEntry} testId="copy-ip-entry" />
        </p>
      )}
      {answers.answers.length > 1 && !answers.sharedEntry && (
        <p className="banner" data-testid="ip-several-exits">
          {t('wl.ipSeveralExits', { count: answers.answers.length, limit: IP_WHITELIST_LIMIT })}
        </p>
      )}
    </div>
  );
}
