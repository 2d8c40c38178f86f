import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { ArticleDoc } from '../../../core/types.ts';
import type { LineProblem, LocalArticleEntry } from '../../../worker/protocol.ts';
import { annotateInWorker, newLocalArticleId, type AnnotateFn } from '../api/annotate-client.ts';
import { readTextFile, textProblem } from '../lib/read-text-file.ts';

export interface AddArticleProps {
  /** Called with the annotated article; the form closes once it resolves. */
  onAnnotated: (doc: ArticleDoc, entry: LocalArticleEntry, warnings: LineProblem[]) => Promise<void> | void;
  /** The annotator (default: the Web Worker); tests pass their own. */
  annotate?: AnnotateFn;
  /** Start with the form open. */
  defaultOpen?: boolean;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; messages: string[] };

const describe = (p: LineProblem, file: string) => (p.line > 1 ? `${file}, line ${p.line}: ${p.message}` : p.message);

/**
 * "Add article": paste text or choose/drop a .txt file (seed format or plain text), then annotate it
 * in the browser. Nothing leaves the browser. Problems are shown in an alert and what was entered
 * stays in the form.
 */
export function AddArticle({ onAnnotated, annotate = annotateInWorker, defaultOpen = false }: AddArticleProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [published, setPublished] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const formId = useId();
  const ids = { text: `${formId}-text`, file: `${formId}-file`, date: `${formId}-date`, hint: `${formId}-hint` };
  const busy = status.kind === 'busy';

  const loadFile = async (file: File) => {
    const r = await readTextFile(file);
    if (!r.ok) {
      setStatus({ kind: 'error', messages: [r.message] });
      return;
    }
    setText(r.text);
    setFileName(file.name);
    setStatus(r.warning ? { kind: 'error', messages: [r.warning] } : { kind: 'idle' });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void loadFile(file);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problem = textProblem(text);
    if (problem) {
      setStatus({ kind: 'error', messages: [problem] });
      return;
    }
    if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      setStatus({ kind: 'error', messages: ['The publication date must be a date (YYYY-MM-DD).'] });
      return;
    }
    setStatus({ kind: 'busy' });
    const controller = new AbortController();
    abort.current = controller;
    const file = fileName ?? 'pasted text';
    try {
      const res = await annotate({ id: newLocalArticleId(), file, text, published: published || null }, controller.signal);
      if (!res.ok) {
        setStatus({ kind: 'error', messages: res.errors.map((p) => describe(p, file)) });
        return;
      }
      await onAnnotated(res.doc, res.entry, res.warnings);
      setText('');
      setFileName(null);
      setPublished('');
      setStatus({ kind: 'idle' });
      setOpen(false);
    } catch (err) {
      const cancelled = err instanceof DOMException && err.name === 'AbortError';
      setStatus(cancelled ? { kind: 'idle' } : { kind: 'error', messages: [`The article could not be annotated: ${(err as Error).message}`] });
    } finally {
      abort.current = null;
    }
  };

  if (!open) {
    return (
      <button type="button" className="btn" aria-expanded={false} onClick={() => setOpen(true)}>
        Add article
      </button>
    );
  }

  return (
    <form aria-label="Add an article" className="panel flex w-full basis-full flex-col gap-3" onSubmit={(e) => void submit(e)} noValidate>
      <div className="flex items-center justify-between gap-2">
        <h2 className="panel-title">Add your own article</h2>
        <button type="button" className="btn btn-quiet" aria-expanded onClick={() => (abort.current?.abort(), setOpen(false))}>
          Close
        </button>
      </div>
      <p id={ids.hint} className="text-sm text-muted">
        Paste the text, or choose or drop a .txt file (up to 2 MB). A first line <code>date YYYY-MM-DD (@handle)</code> gives the
        publication date. It is annotated and kept in this browser only; nothing is sent anywhere.
      </p>
      <div
        className={`flex flex-col gap-1 rounded-lg border-2 border-dashed p-2 ${dragging ? 'border-accent bg-accent-soft' : 'border-line'}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={ids.text} className="text-sm font-medium text-ink">
          Article text
        </label>
        <textarea
          id={ids.text}
          className="input min-h-48 w-full font-mono text-sm"
          aria-describedby={ids.hint}
          value={text}
          onChange={(e) => setText(e.target.value)}
          readOnly={busy}
        />
        <span className="text-xs text-muted">{fileName ? `From ${fileName}. ` : ''}Drop a .txt file here to load it.</span>
      </div>
      <div className="flex flex-wrap gap-4">
        <label htmlFor={ids.file} className="flex flex-col gap-1 text-sm text-ink">
          Text file
          <input
            id={ids.file}
            type="file"
            accept=".txt,text/plain"
            className="text-sm"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void loadFile(file);
            }}
          />
        </label>
        <label htmlFor={ids.date} className="flex flex-col gap-1 text-sm text-ink">
          Publication date (optional)
          <input id={ids.date} type="date" className="input" value={published} disabled={busy} onChange={(e) => setPublished(e.target.value)} />
        </label>
      </div>
      {status.kind === 'error' && (
        <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-3 text-sm text-ink">
          {status.messages.length === 1 ? (
            <p>{status.messages[0]}</p>
          ) : (
            <ul className="list-disc pl-5">
              {status.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={busy}>
          Annotate
        </button>
        {busy && (
          <>
            <span role="status" className="text-sm text-muted">
              Annotating…
            </span>
            <button type="button" className="btn btn-quiet" onClick={() => abort.current?.abort()}>
              Stop
            </button>
          </>
        )}
      </div>
    </form>
  );
}
