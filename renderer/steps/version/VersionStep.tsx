import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { isPluginType, releaseOptionsProblem, robotProblem, versionProblem } from '../../../shared/release-rules';
import { suggestVersion, uploadOf } from '../../../shared/version-suggest';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { selectFacts, useVersionStore } from '../../stores/version-store';
import { useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { NotesField } from './NotesField';
import { RobotField, robotOf } from './RobotField';
import { VersionField } from './VersionField';
import './version-step.css';

export function VersionStep() {
  const t = useT();
  return (
    <main className="step" data-testid="step-version">
      <h1>{t('version.heading')}</h1>
      <StepGate step="version">
        <VersionForm />
      </StepGate>
    </main>
  );
}

/**
 * Version, robot and notes. Everything typed goes into the wizard's draft at once (saved as it is
 * typed, so a restart keeps it); the one way on is enabled only when the release rules pass and a
 * version used before was confirmed.
 */
function VersionForm() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  const projectRoot = summary?.projectRoot;
  const appid = summary?.appid;
  const compileType = summary?.compileType ?? 'miniprogram';
  const facts = useVersionStore(selectFacts(projectRoot));
  const defaultRobot = useVersionStore((state) => state.defaultRobot);
  const failure = useVersionStore((state) => state.failure);
  const draft = useWizardStore((state) => state.draft);
  const { update, finish, undo } = useWizardStore.getState();
  // The version the operator confirmed using again; asked again after a restart, on purpose.
  const [confirmedVersion, setConfirmedVersion] = useState<string | null>(null);
  // The robot as typed, kept while it is not a valid robot (the draft only takes valid ones).
  const [robotText, setRobotText] = useState<string | null>(null);

  useEffect(() => {
    if (projectRoot && appid) void useVersionStore.getState().load(projectRoot, appid);
  }, [projectRoot, appid]);

  const history = facts?.history ?? null;
  const suggestion = useMemo(() => (history ? suggestVersion(history, compileType) : null), [history, compileType]);

  // An empty version is filled with the suggestion once per project, when the history is known.
  const prefilledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!suggestion || !projectRoot || prefilledFor.current === projectRoot) return;
    prefilledFor.current = projectRoot;
    if (useWizardStore.getState().draft.version.trim() === '' && suggestion.suggested) update({ version: suggestion.suggested });
  }, [suggestion, projectRoot, update]);

  if (!summary) return null;
  const version = draft.version;
  const problem = versionProblem(version, compileType);
  const usedBy = history ? uploadOf(history, version) : null;
  const confirmed = usedBy !== null && confirmedVersion === version.trim();
  const robot = robotText === null ? (draft.robot ?? defaultRobot) : robotOf(robotText);
  const ready = history !== null && releaseOptionsProblem({ version, robot, desc: draft.desc }, compileType) === null && (usedBy === null || confirmed);

  // A changed version or robot is a new decision: the step's tick waits for its own action again.
  const changeUpload = (fields: { version?: string; robot?: number | null }) => {
    update(fields);
    if (useWizardStore.getState().draft.done.includes('version')) undo('version');
  };

  return (
    <>
      <p className="intro">{t('vs.intro')}</p>
      {failure && <ErrorCard problem={failure} />}
      <VersionField
        version={version}
        plugin={isPluginType(compileType)}
        suggestion={suggestion}
        problem={history ? problem : null}
        usedBy={usedBy}
        confirmed={confirmed}
        onChange={(next) => changeUpload({ version: next })}
        onConfirmReuse={() => setConfirmedVersion(version.trim())}
      />
      <RobotField
        text={robotText ?? String(robot)}
        trialRobot={facts?.trialRobot ?? null}
        onChange={(text) => {
          setRobotText(text);
          const typed = robotOf(text);
          // Only a valid robot reaches the draft (its schema takes 1–30); the field keeps the text meanwhile.
          if (robotProblem(typed) === null && typed !== draft.robot) changeUpload({ robot: typed });
        }}
      />
      <NotesField desc={draft.desc} gitNotes={facts?.gitNotes ?? null} onChange={(desc) => update({ desc })} />
      {usedBy && !confirmed && !problem && <p className="muted">{t('vs.confirmFirst')}</p>}
      <p className="step__next">
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => {
            // The robot in force is written down, so later steps need not know the default.
            if (draft.robot !== robot) update({ robot });
            finish('version');
          }}
          data-testid="next-precheck"
        >
          {t('vs.next')}
        </button>
      </p>
    </>
  );
}
