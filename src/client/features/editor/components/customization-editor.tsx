import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import type { CustomizationVersion } from '../../../../shared/mailroom/customization-history';
import { findTemplate } from '../../../../shared/templates/catalog';
import { languageName } from '../../../../shared/templates/languages';
import { useCustomLanguages } from '../../session/api/session-queries';
import { paths } from '../../../app/paths';
import { InlineError } from '../../../components/ui/error-state';
import { useToast } from '../../../components/ui/toast';
import { renderSubjectFor, type PreviewWorld } from '../../compare/api/render-pane';
import { saveProblem } from '../../customizations/api/save-problem';
import {
  lastSendTo,
  sendTestTitle,
  useSendTest,
  useSendToAvailability,
} from '../../templates/api/use-send-test';
import { whenPlaceholderPainted } from '../after-paint';
import { SERVER_OWNER } from '../marker-owners';
import type { Monaco, monaco } from '../monaco-setup';
import { loadOverrides, previewContext, saveOverrides, type PreviewOverrides } from '../preview-data';
import { EditorStatusBar, useMarkerCounts } from './editor-status-bar';
import { HistoryPanel } from './history-panel';
import { useSaveCustomization } from '../use-save-customization';
import { EditorHeader } from './editor-header';
import { LanguageBar, SourcePlaceholder, SubjectField } from './source-fields';
import { SendUnsavedDialog } from './send-unsaved-dialog';
import { PreviewDataForm } from './preview-data-form';
import { PreviewPanel } from './preview-panel';
import { useLivePreview } from '../use-live-preview';
import { useEditorPrefs } from '../use-editor-prefs';
import { useEditorShortcuts } from '../use-editor-shortcuts';
import { useUnsavedChangesGuard } from './unsaved-changes-guard';
import { VariablesDrawer } from './variables-drawer';

type CodeEditorInstance = monaco.editor.IStandaloneCodeEditor;

type CodeEditorModule = typeof import('./code-editor');

// Monaco (≈ 1 MB gzip) is not in this page's chunk: the page paints at once with the text in a placeholder, and
// the editors replace it when Monaco has arrived (usually prefetched already: app/prefetch.ts). The editors'
// module is imported by hand, not with React.lazy: Suspense holds a resolved boundary back for up to 300 ms.
const SaveConflictDialog = lazy(() =>
  import('./save-conflict-dialog').then((m) => ({ default: m.SaveConflictDialog })),
);

/** What the editor opens: a saved customization, or the starting content of a new one. */
export interface EditorSeed {
  language: string;
  subject: string;
  body: string;
  isDefault: boolean;
}

/**
 * The screen admins live in (docs/console.md, "The editor"): subject and body in Monaco with the Velocity layer,
 * the live preview beside them, the status bar below. `saved` is the server's copy (absent for a new
 * customization); its `lastUpdated` is how a save notices that someone else changed it meanwhile.
 */
export function CustomizationEditor({
  brandId,
  templateName,
  saved: initialSaved,
  seed,
  existing,
  world,
  unusedLanguages = [],
  onLanguageChange,
}: {
  brandId: string;
  templateName: string;
  saved?: EmailCustomization;
  seed: EditorSeed;
  existing: EmailCustomization[];
  world: PreviewWorld;
  unusedLanguages?: string[];
  onLanguageChange?: (language: string) => void;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const sendTest = useSendTest(brandId, templateName, world.user.profile.email);
  const sendToAvailability = useSendToAvailability();
  const title = findTemplate(templateName)?.displayName ?? templateName;

  const {
    saved,
    saving,
    saveError,
    conflict,
    dismissConflict,
    acceptTheirs,
    save: persist,
  } = useSaveCustomization(brandId, templateName, initialSaved);
  const reference: EditorSeed = saved ?? seed;
  const [draft, setDraft] = useState({ subject: seed.subject, body: seed.body });
  const customLanguages = useCustomLanguages();
  const [language, setLanguage] = useState(seed.language);
  const [isDefault, setIsDefault] = useState(seed.isDefault);
  const [askSaveBeforeSend, setAskSaveBeforeSend] = useState(false);
  const prefs = useEditorPrefs();
  const { setTab, width, setWidth, showVariables, toggleVariables } = prefs;
  const [overrides, setOverrides] = useState<PreviewOverrides>(() => loadOverrides(templateName));
  const [bodyEditor, setBodyEditor] = useState<CodeEditorInstance | null>(null);
  const [subjectEditor, setSubjectEditor] = useState<CodeEditorInstance | null>(null);
  // The Monaco API, once the editors have loaded it.
  const [api, setApi] = useState<Monaco | null>(null);
  // Monaco is asked for once the text is on screen: the page shows first, without waiting for ≈ 1 MB.
  const [editors, setEditors] = useState<CodeEditorModule | null>(null);
  const [editorsFailed, setEditorsFailed] = useState<unknown>(null);
  const [openedWithText] = useState(() => seed.body.trim() !== '');
  useEffect(() => {
    let live = true;
    const cancel = whenPlaceholderPainted(
      () =>
        void import('./code-editor').then(
          (module) => live && setEditors(module),
          (error: unknown) => live && setEditorsFailed(error),
        ),
      { hasText: openedWithText },
    );
    return () => {
      live = false;
      cancel();
    };
  }, [openedWithText]);
  // The conflict dialog (and its diff editor) is loaded on the first conflict, then stays mounted.
  const [conflictSeen, setConflictSeen] = useState(false);
  if (conflict && !conflictSeen) setConflictSeen(true);
  const [now] = useState(() => Date.now());
  // Where a variable picked from the drawer goes: the field that had the cursor last.
  const lastFocused = useRef<'subject' | 'body'>('body');

  const mode = saved ? 'edit' : 'create';
  // A new customization has no history yet.
  const tab = prefs.tab === 'history' && !saved ? 'preview' : prefs.tab;
  const isFirst = mode === 'create' && existing.length === 0;
  const currentDefault = existing.find((c) => c.isDefault && c.id !== saved?.id);
  const dirty =
    mode === 'create' ||
    draft.subject !== reference.subject ||
    draft.body !== reference.body ||
    isDefault !== reference.isDefault;
  // A new customization only counts as unsaved work once it differs from where it started.
  const hasUnsavedWork =
    mode === 'create' ? draft.subject !== seed.subject || draft.body !== seed.body : dirty;

  const context = useMemo(
    () => previewContext(templateName, renderSubjectFor(world, language), overrides, now),
    [templateName, world, language, overrides, now],
  );
  const editorInfo = (field: 'subject' | 'body') => ({
    templateName,
    field,
    previewContext: context,
  });

  const preview = useLivePreview(templateName, draft, context, now);
  const markers = useMarkerCounts(api, subjectEditor, bodyEditor);
  const guard = useUnsavedChangesGuard(hasUnsavedWork && !saving);

  const changeOverrides = (next: PreviewOverrides) => {
    setOverrides(next);
    saveOverrides(templateName, next);
  };

  /** Replaces an editor's text as one undoable edit (used when taking the other version of a conflict). */
  const replaceText = (editor: CodeEditorInstance | null, text: string) => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    editor.pushUndoStop();
    editor.executeEdits('mailroom', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
  };

  /** A saved version's subject and body into the editors, as unsaved changes (one undoable edit each). */
  const restoreVersion = (version: CustomizationVersion) => {
    replaceText(subjectEditor, version.subject);
    replaceText(bodyEditor, version.body);
    setDraft({ subject: version.subject, body: version.body });
    setTab('preview');
    toast({
      title: `Version ${version.version} restored in the editor`,
      description: 'Not saved yet: save to keep it, or undo (Ctrl+Z) in each field.',
    });
  };

  const insertReference = (reference: string) => {
    const editor = lastFocused.current === 'subject' ? subjectEditor : bodyEditor;
    const selection = editor?.getSelection();
    if (!editor || !selection) return;
    editor.executeEdits('variables', [{ range: selection, text: reference, forceMoveMarkers: true }]);
    editor.focus();
  };

  /** The server's field causes as markers on the first line of the field they name. */
  const markServerCauses = (fields: Record<string, string>) => {
    for (const [field, editor] of [
      ['subject', subjectEditor],
      ['body', bodyEditor],
    ] as const) {
      const model = editor?.getModel();
      if (!model || !api) continue;
      const message = fields[field];
      api.editor.setModelMarkers(
        model,
        SERVER_OWNER,
        message
          ? [
              {
                severity: api.MarkerSeverity.Error,
                message: `The server refused this: ${message}`,
                startLineNumber: 1,
                startColumn: 1,
                endLineNumber: 1,
                endColumn: model.getLineMaxColumn(1),
                source: 'Server',
              },
            ]
          : [],
      );
    }
  };

  // Whether the last save overwrote someone else's version, so a retry after a refusal does the same.
  const [lastSaveOverwrote, setLastSaveOverwrote] = useState(false);
  const save = async ({ overwrite = false } = {}): Promise<EmailCustomization | undefined> => {
    setLastSaveOverwrote(overwrite);
    if (markers.errors > 0) {
      markers.jumpToFirst('error');
      toast({
        tone: 'error',
        title: 'Fix the errors before saving',
        description: `${markers.errors} error${markers.errors === 1 ? '' : 's'} would make the server refuse this version.`,
      });
      return undefined;
    }
    const outcome = await persist({ language, ...draft, isDefault, isFirst }, { overwrite });
    if (outcome.kind === 'refused') {
      markServerCauses(saveProblem(outcome.error, language).fields);
      return undefined;
    }
    if (outcome.kind === 'conflict') return undefined;
    const { customization } = outcome;
    if (outcome.kind === 'created') {
      toast({
        title: `${languageName(customization.language)} customization created`,
        description: customization.isDefault ? 'It is the default.' : undefined,
      });
      navigate(paths.customization.getHref(brandId, templateName, customization.id), { replace: true });
    } else toast({ title: `${languageName(customization.language)} customization saved` });
    return customization;
  };

  const requestTestSend = () => {
    if (dirty) setAskSaveBeforeSend(true);
    else sendTest.send(language);
  };

  const bindShortcuts = useEditorShortcuts({ save, requestTestSend });
  const trackFocus = (editor: CodeEditorInstance, field: 'subject' | 'body') =>
    editor.onDidFocusEditorText(() => {
      lastFocused.current = field;
    });

  const problem = saveProblem(saveError, language, {
    openExistingHref: (lang) => {
      const found = existing.find((c) => c.language === lang);
      return found && paths.customization.getHref(brandId, templateName, found.id);
    },
    // E0000185: this is the default on the server (made so since it was opened); once another is, save again.
    chooseDefault: saved && {
      brandId,
      templateName,
      current: saved,
      others: existing.filter((c) => c.id !== saved.id),
      retry: () => save({ overwrite: lastSaveOverwrote }),
    },
  });
  const languageLabel = languageName(language);
  const saveBlockedReason =
    markers.errors > 0
      ? `Fix ${markers.errors} error${markers.errors === 1 ? '' : 's'} first: the server would refuse this version.`
      : undefined;

  // A failed download goes to the route's error boundary, as a failed lazy route would.
  if (editorsFailed) throw editorsFailed;

  return (
    <>
      <EditorHeader
        brandId={brandId}
        templateName={templateName}
        title={title}
        mode={mode}
        language={language}
        languageLabel={languageLabel}
        existingLanguages={existing.map((c) => c.language)}
        hasUnsavedWork={hasUnsavedWork}
        isSavedDefault={Boolean(saved?.isDefault)}
        sendTest={{
          pending: sendTest.pending,
          title: `${sendTestTitle(language, world.user.profile.email)} (Ctrl+Enter)`,
          onSend: requestTestSend,
          onSendOther: (other) => sendTest.send(other),
          sendTo: {
            initial: lastSendTo(),
            unavailable: sendToAvailability.allowed ? undefined : sendToAvailability.reason,
            send: (to) => sendTest.sendTo(language, to),
          },
        }}
        save={{
          pending: saving,
          blockedReason: saveBlockedReason,
          disabled: mode === 'edit' && !dirty,
          onSave: () => void save(),
        }}
      />

      {problem.general && (
        <div className="mb-3 space-y-2">
          <InlineError>{problem.general}</InlineError>
          {problem.action}
        </div>
      )}

      <div className="grid h-[calc(100vh-13.5rem)] min-h-[36rem] grid-cols-1 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs xl:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]">
        <section
          aria-label="Template source"
          className="flex min-h-0 min-w-0 flex-col border-slate-200 xl:border-r"
        >
          <LanguageBar
            mode={mode}
            language={language}
            onLanguageChange={(next) => {
              setLanguage(next);
              onLanguageChange?.(next);
            }}
            unusedLanguages={unusedLanguages}
            allowAddLanguage={customLanguages}
            languageError={problem.fields.language}
            isFirst={isFirst}
            isDefault={isDefault}
            onIsDefaultChange={setIsDefault}
            isSavedDefault={Boolean(saved?.isDefault)}
            currentDefaultLanguage={currentDefault?.language}
            showVariables={showVariables}
            onToggleVariables={toggleVariables}
          />

          <SubjectField error={problem.fields.subject}>
            {!subjectEditor && <SourcePlaceholder text={seed.subject} singleLine />}
            {editors && (
              <editors.CodeEditor
                path={`inmemory://mailroom/${templateName}/${language}/subject.txt`}
                language="plaintext"
                defaultValue={seed.subject}
                info={editorInfo('subject')}
                ariaLabel="Subject"
                singleLine
                onChange={(subject) => setDraft((d) => ({ ...d, subject }))}
                onReady={(editor, monaco) => {
                  bindShortcuts(editor, monaco);
                  trackFocus(editor, 'subject');
                  setApi(monaco);
                  setSubjectEditor(editor);
                }}
              />
            )}
          </SubjectField>

          <div className="flex items-center gap-3 px-3 pt-2 text-xs font-medium text-slate-600">
            Body{' '}
            <span className="font-normal text-slate-500">
              HTML with Velocity: type $ or # for suggestions
            </span>
            {problem.fields.body && <span className="font-medium text-red-700">{problem.fields.body}</span>}
          </div>
          <div className="relative flex min-h-0 flex-1">
            <div
              data-testid="body-editor"
              data-ready={bodyEditor ? 'true' : 'false'}
              className="relative min-h-0 min-w-0 flex-1"
            >
              {!bodyEditor && (
                <div
                  role="status"
                  className="absolute top-2 right-3 z-10 rounded bg-white/90 px-2 py-0.5 text-xs text-slate-500"
                >
                  Loading the editor…
                </div>
              )}
              {!bodyEditor && <SourcePlaceholder text={seed.body} />}
              {editors && (
                <editors.CodeEditor
                  path={`inmemory://mailroom/${templateName}/${language}/body.html`}
                  language="html"
                  defaultValue={seed.body}
                  info={editorInfo('body')}
                  ariaLabel="Body"
                  className="h-full"
                  onChange={(body) => setDraft((d) => ({ ...d, body }))}
                  onReady={(editor, monaco) => {
                    bindShortcuts(editor, monaco);
                    trackFocus(editor, 'body');
                    setApi(monaco);
                    setBodyEditor(editor);
                  }}
                />
              )}
            </div>
            {showVariables && (
              <VariablesDrawer templateName={templateName} context={context} onInsert={insertReference} />
            )}
          </div>

          <EditorStatusBar
            markers={markers}
            checks={{ findings: preview.findings, show: () => setTab('checks') }}
            body={draft.body}
            state={
              mode === 'create'
                ? { kind: 'new' }
                : dirty
                  ? { kind: 'unsaved' }
                  : { kind: 'saved', at: saved?.lastUpdated ?? '' }
            }
          />
        </section>

        <PreviewPanel
          preview={preview}
          languageLabel={`${languageLabel}${mode === 'create' ? ', not saved yet' : dirty ? ', unsaved' : ''}`}
          tab={tab}
          onTabChange={setTab}
          width={width}
          onWidthChange={setWidth}
          history={
            saved && (
              <HistoryPanel
                brandId={brandId}
                templateName={templateName}
                customizationId={saved.id}
                canRestore={Boolean(subjectEditor && bodyEditor)}
                onRestore={restoreVersion}
              />
            )
          }
          data={
            <PreviewDataForm
              templateName={templateName}
              base={renderSubjectFor(world, language)}
              now={now}
              overrides={overrides}
              onChange={changeOverrides}
            />
          }
        />
      </div>

      {conflictSeen && (
        <Suspense fallback={null}>
          <SaveConflictDialog
            theirs={conflict}
            mine={draft}
            pending={saving}
            onCancel={dismissConflict}
            onTakeTheirs={() => {
              if (!conflict) return;
              replaceText(subjectEditor, conflict.subject);
              replaceText(bodyEditor, conflict.body);
              setDraft({ subject: conflict.subject, body: conflict.body });
              setIsDefault(conflict.isDefault);
              acceptTheirs(conflict);
            }}
            onOverwrite={() => void save({ overwrite: true })}
          />
        </Suspense>
      )}
      <SendUnsavedDialog
        open={askSaveBeforeSend}
        isNew={mode === 'create'}
        languageLabel={languageLabel}
        pending={saving}
        onClose={() => setAskSaveBeforeSend(false)}
        onSendSaved={() => {
          setAskSaveBeforeSend(false);
          sendTest.send(language);
        }}
        onSaveAndSend={async () => {
          const result = await save();
          setAskSaveBeforeSend(false);
          if (result) sendTest.send(result.language);
        }}
      />
      {guard}
    </>
  );
}
