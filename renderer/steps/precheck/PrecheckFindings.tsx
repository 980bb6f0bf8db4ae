import type { Problem, ProjectCheck } from '../../../shared/model';
import type { PrecheckResult } from '../../../shared/precheck';
import { CopyButton } from '../../components/CopyButton';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { useWizardStore } from '../../stores/wizard-store';
import { npmInstallAction } from '../project/NpmInstallPanel';
import { PrivacyList } from './PrivacyList';

/** The one button of a card that leads back to the whitelist step, where the fix is done. */
function ToWhitelist() {
  const t = useT();
  const goTo = useWizardStore((state) => state.goTo);
  return (
    <p className="precheck-action">
      <button type="button" className="button button--secondary button--small" onClick={() => goTo('whitelist')} data-testid="precheck-to-whitelist">
        {t('precheck.toWhitelist')}
      </button>
    </p>
  );
}

/** WeChat's refusal names the address it saw: that is the one to put on the whitelist. */
function RefusedIp({ ip }: { ip: string }) {
  const t = useT();
  return (
    <>
      <p className="precheck-action">
        {t('precheck.wechatIp')}
        <code data-testid="precheck-wechat-ip">{ip}</code> <CopyButton text={ip} testId="precheck-copy-ip" />
      </p>
      <ToWhitelist />
    </>
  );
}

/** What can be done about a finding right here: an install, the refused IP, a list, the way back to a step. */
function actionFor(problem: Problem, result: PrecheckResult, project: ProjectCheck | null): React.ReactNode {
  switch (problem.code) {
    case 'project.npm-missing':
      // The project step's install panel, on the findings of this check (it installs, then checks the project again).
      return project ? npmInstallAction(problem, { ...project, problems: result.findings }) : null;
    case 'ci.invalid-ip':
      return problem.params?.ip ? <RefusedIp ip={String(problem.params.ip)} /> : <ToWhitelist />;
    case 'precheck.domains-unticked':
      return <ToWhitelist />;
    case 'precheck.privacy-guide':
      return result.privacy ? <PrivacyList uses={result.privacy.uses} /> : null;
    default:
      return null;
  }
}

/** Every finding in one list: blockers first, then reminders, each with its fix and page. */
export function PrecheckFindings({ result, project }: { result: PrecheckResult; project: ProjectCheck | null }) {
  return (
    <div className="precheck-findings" data-testid="precheck-findings">
      {result.findings.map((problem, i) => (
        <ErrorCard key={`${problem.code}-${i}`} problem={problem}>
          {actionFor(problem, result, project)}
        </ErrorCard>
      ))}
    </div>
  );
}
