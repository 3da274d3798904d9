/**
 * The practice page for trainers: a passage that is checked as you type, the sample library
 * with a before/after switch, "spot the breach", a presentation view for projectors, a
 * profile switcher and the challenge letter. Browser only (DOM); the same page runs inside
 * the extension (practice.html) and from the repository (shared/practice/serve.mjs).
 *
 * Everything happens in this browser tab: the passage, opened files and the letter are
 * never sent anywhere.
 */
import { PROFILES, resolveConfig } from '../../config/index.ts';
import { formatBritishDate } from '../../report/challenge-letter.ts';
import type { SourceFormat } from '../../text/source-format.ts';
import { lintDocument, type ResolvedConfig } from '../../engine/lint.ts';
import type { Finding } from '../../engine/finding.ts';
import { SAMPLES, sampleById, type PracticeSample } from '../samples.ts';
import { normaliseMarks, scoreSpotTheBreach, type Mark, type SpotResult } from '../spot-the-breach.ts';
import { mountLetterPanel } from './letter-panel.ts';
import { readPracticeFile } from './open-file.ts';
import { describeCopy, makeReviewedCopy, reviewedFileName, type OpenedWordDocument } from './reviewed-copy.ts';
import { describeCounts, el, findingSpans, renderFindings, renderHighlights, renderSpotResult, spotSpans } from './render.ts';

/**
 * Pause after the last keystroke before checking again. Checking runs on the page's own
 * thread, so a long document (an opened committee paper) waits longer: the pause grows with
 * the text, up to a second and a half, so typing never stutters.
 */
const TYPING_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 1500;
const CHARACTERS_PER_PAUSE_MS = 40;

type Version = 'flawed' | 'compliant';

interface State {
  sample: PracticeSample | undefined;
  version: Version;
  profile: string;
  referenceDate: string;
  format: SourceFormat;
  findings: Finding[];
  spotting: boolean;
  marks: Mark[];
  result: SpotResult | null;
  presenting: boolean;
  /** In presentation view: has the trainer revealed the teaching point for this sample? */
  pointRevealed: boolean;
}

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The practice page is missing #${id}.`);
  return found as T;
}

/** Today as YYYY-MM-DD in the trainer's own time zone. */
function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function startPracticePage(): void {
  const passage = byId<HTMLTextAreaElement>('passage');
  const layer = byId<HTMLDivElement>('highlights');
  const sampleSelect = byId<HTMLSelectElement>('sample-select');
  const versionSwitch = byId<HTMLFieldSetElement>('version-switch');
  const profileSelect = byId<HTMLSelectElement>('profile-select');
  const referenceInput = byId<HTMLInputElement>('reference-date');
  const fileInput = byId<HTMLInputElement>('file-input');
  const spotToggle = byId<HTMLButtonElement>('spot-toggle');
  const presentToggle = byId<HTMLButtonElement>('present-toggle');
  const teachingPoint = byId<HTMLParagraphElement>('teaching-point');
  const revealPointButton = byId<HTMLButtonElement>('reveal-point');
  const keysHelp = byId<HTMLParagraphElement>('keys-help');
  const status = byId<HTMLParagraphElement>('status');
  const findingsList = byId<HTMLOListElement>('findings');
  const spotHelp = byId<HTMLParagraphElement>('spot-help');
  const spotControls = byId<HTMLDivElement>('spot-controls');
  const markList = byId<HTMLUListElement>('mark-list');
  const spotResults = byId<HTMLDivElement>('spot-results');
  const resultsHeading = byId<HTMLHeadingElement>('results-heading');

  const state: State = {
    sample: undefined,
    version: 'flawed',
    profile: PROFILES[0].id,
    referenceDate: todayIso(),
    format: 'text',
    findings: [],
    spotting: false,
    marks: [],
    result: null,
    presenting: false,
    pointRevealed: false,
  };

  // In presentation view the teaching point is the answer: it stays hidden until the trainer
  // reveals it (the button or R), and hides again for the next sample or version.
  const showTeachingPoint = () => {
    const hasPoint = Boolean(state.sample);
    const revealed = !state.presenting || state.pointRevealed;
    teachingPoint.hidden = !hasPoint || !revealed;
    revealPointButton.hidden = !hasPoint || revealed;
  };
  const revealTeachingPoint = () => {
    state.pointRevealed = true;
    showTeachingPoint();
  };

  // ---- configuration -------------------------------------------------------------------
  const configs = new Map<string, ResolvedConfig>();
  const configFor = (profile: string): ResolvedConfig => {
    let config = configs.get(profile);
    if (!config) {
      config = resolveConfig({ profile: profile as (typeof PROFILES)[number]['id'] });
      configs.set(profile, config);
    }
    return config;
  };

  for (const profile of PROFILES) {
    const option = el('option', undefined, profile.title);
    option.value = profile.id;
    option.title = profile.description;
    profileSelect.append(option);
  }
  for (const sample of SAMPLES) {
    const option = el('option', undefined, sample.title);
    option.value = sample.id;
    sampleSelect.append(option);
  }
  // The native date field shows the browser's own date format (month first in a US-English
  // browser), so the date is also written out the British way beside it.
  const referenceWords = byId<HTMLSpanElement>('reference-date-words');
  const showReferenceDate = (iso: string) => {
    state.referenceDate = iso;
    referenceInput.value = iso;
    referenceWords.textContent = iso ? formatBritishDate(iso) : 'today';
  };
  showReferenceDate(state.referenceDate);

  // ---- checking and drawing ------------------------------------------------------------
  const showFinding = (finding: Finding) => {
    passage.focus();
    passage.setSelectionRange(finding.offset, finding.endOffset);
    // Bring the selection into view: put the caret there first, then scroll the line up.
    const lineHeight = parseFloat(getComputedStyle(passage).lineHeight) || 24;
    passage.scrollTop = Math.max(0, (finding.line - 2) * lineHeight);
    syncScroll();
  };

  const check = () => {
    state.findings = lintDocument(passage.value, configFor(state.profile), {
      format: state.format,
      referenceDate: state.referenceDate || undefined,
    }).findings;
  };

  const drawHighlights = () => {
    const spans = state.spotting ? spotSpans(state.marks, state.result) : findingSpans(state.findings);
    renderHighlights(layer, passage.value, spans);
    syncScroll();
  };

  const drawMarks = () => {
    markList.replaceChildren(
      ...state.marks.map((mark, index) => {
        const item = el('li');
        const words = passage.value.slice(mark.start, mark.end).replace(/\s+/g, ' ');
        item.append(el('span', undefined, `“${words.length > 90 ? `${words.slice(0, 89)}…` : words}” `));
        if (!state.result) {
          const remove = el('button', 'link-button', 'Remove');
          remove.type = 'button';
          remove.setAttribute('aria-label', `Remove the mark on “${words.slice(0, 40)}”`);
          remove.addEventListener('click', () => {
            state.marks.splice(index, 1);
            redraw();
            status.textContent = `Mark removed. ${state.marks.length} marked.`;
          });
          item.append(remove);
        }
        return item;
      }),
    );
    if (state.marks.length === 0) markList.append(el('li', 'quiet', 'No marks yet.'));
  };

  const redraw = () => {
    drawHighlights();
    if (state.spotting) {
      findingsList.hidden = true;
      drawMarks();
      spotResults.hidden = !state.result;
      resultsHeading.textContent = state.result ? 'How did you do?' : 'Findings are hidden';
    } else {
      findingsList.hidden = false;
      spotResults.hidden = true;
      resultsHeading.textContent = 'Findings';
      renderFindings(findingsList, state.findings, { onShow: showFinding });
      const profile = PROFILES.find((candidate) => candidate.id === state.profile);
      status.textContent = `${describeCounts(state.findings)} Profile: ${profile?.title ?? state.profile}.`;
    }
  };

  const checkNow = () => {
    check();
    redraw();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const checkSoon = () => {
    clearTimeout(timer);
    const pause = Math.min(LONGEST_PAUSE_MS, Math.max(TYPING_PAUSE_MS, passage.value.length / CHARACTERS_PER_PAUSE_MS));
    timer = setTimeout(checkNow, pause);
  };

  function syncScroll() {
    layer.scrollTop = passage.scrollTop;
    layer.scrollLeft = passage.scrollLeft;
  }

  // ---- the passage ----------------------------------------------------------------------
  // The Word document last opened, while its text is the passage: for "Download a reviewed copy".
  const reviewedControl = byId<HTMLDivElement>('reviewed-copy-control');
  const reviewedButton = byId<HTMLButtonElement>('reviewed-copy');
  let openedWord: OpenedWordDocument | undefined;
  const setOpenedWord = (document: OpenedWordDocument | undefined) => {
    openedWord = document;
    reviewedControl.hidden = !document;
  };

  const setPassage = (text: string, format: SourceFormat = 'text') => {
    setOpenedWord(undefined);
    passage.value = text;
    state.format = format;
    state.marks = [];
    state.result = null;
    passage.scrollTop = 0;
    checkNow();
    if (state.spotting) status.textContent = 'New passage: findings are hidden. Mark the words you think break the Compact.';
  };

  passage.addEventListener('input', () => {
    drawHighlights();
    checkSoon();
  });
  // Marks are offsets into the text, so the passage is locked while participants spot
  // breaches. It stays an ordinary (not read-only) text area: Chromium does not move the
  // caret in a read-only one, and keyboard users select words with Shift and the arrows.
  passage.addEventListener('beforeinput', (event) => {
    if (!state.spotting) return;
    event.preventDefault();
    status.textContent = 'The passage is locked while you spot breaches: leave spot the breach to edit it.';
  });
  passage.addEventListener('scroll', syncScroll);

  // ---- before and after, side by side -----------------------------------------------------
  const compareToggle = byId<HTMLInputElement>('compare-toggle');
  const compare = byId<HTMLElement>('compare');
  const drawCompare = () => {
    const sample = state.sample;
    compare.hidden = !(sample && compareToggle.checked);
    if (!sample || compare.hidden) return;
    for (const version of ['flawed', 'compliant'] as const) {
      const text = sample[version];
      const findings = lintDocument(text, configFor(state.profile), { referenceDate: state.referenceDate || undefined }).findings;
      const side = version === 'flawed' ? 'before' : 'after';
      renderHighlights(byId(`compare-${side}`), text, findingSpans(findings));
      byId(`compare-${side}-count`).textContent = describeCounts(findings);
    }
  };
  compareToggle.addEventListener('change', drawCompare);
  const toggleCompare = () => {
    if (!state.sample) return;
    compareToggle.checked = !compareToggle.checked;
    drawCompare();
  };

  // ---- samples and the before/after switch ------------------------------------------------
  const letterTitle = byId<HTMLInputElement>('letter-title');
  const letterPlace = byId<HTMLInputElement>('letter-place');
  const letterBody = byId<HTMLInputElement>('letter-body');

  const showSample = (sample: PracticeSample | undefined, version: Version = state.version) => {
    state.sample = sample;
    state.version = version;
    sampleSelect.value = sample?.id ?? '';
    versionSwitch.disabled = !sample;
    for (const radio of versionSwitch.querySelectorAll<HTMLInputElement>('input[name="version"]')) radio.checked = radio.value === version;
    state.pointRevealed = false;
    if (!sample) {
      showTeachingPoint();
      // "Your own text": the sample's reference date and title belong to the sample, not to it.
      showReferenceDate(todayIso());
      letterTitle.value = letterTitle.defaultValue;
      drawCompare();
      checkNow();
      return;
    }
    showTeachingPoint();
    teachingPoint.replaceChildren(el('strong', undefined, `Teaching point (${version === 'flawed' ? 'before' : 'after'}): `), sample.teachingPoint);
    showReferenceDate(sample.referenceDate);
    letterTitle.value = sample.title;
    setPassage(version === 'flawed' ? sample.flawed : sample.compliant);
    drawCompare();
  };

  sampleSelect.addEventListener('change', () => {
    const sample = sampleById(sampleSelect.value);
    if (sample) showSample(sample, 'flawed');
    else showSample(undefined);
  });
  versionSwitch.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    // The side-by-side box lives in the same group; it has its own handler.
    if (input.name !== 'version') return;
    if (state.sample) showSample(state.sample, input.value as Version);
  });

  const stepSample = (step: number) => {
    const index = state.sample ? SAMPLES.indexOf(state.sample) : -1;
    const next = SAMPLES[(index + step + SAMPLES.length) % SAMPLES.length];
    showSample(next, 'flawed');
  };
  const toggleVersion = () => {
    if (state.sample) showSample(state.sample, state.version === 'flawed' ? 'compliant' : 'flawed');
  };

  // ---- profile and reference date ----------------------------------------------------------
  profileSelect.addEventListener('change', () => {
    state.profile = profileSelect.value;
    checkNow();
    drawCompare();
  });
  referenceInput.addEventListener('change', () => {
    showReferenceDate(referenceInput.value);
    checkNow();
    drawCompare();
  });

  // ---- files -------------------------------------------------------------------------------
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.textContent = `Opening ${file.name}…`;
    try {
      const opened = await readPracticeFile(file);
      showSample(undefined);
      letterTitle.value = opened.name;
      letterPlace.value = opened.name;
      setPassage(opened.text, opened.format);
      if (opened.docx) setOpenedWord({ name: opened.name, bytes: opened.docx, text: opened.text });
      if (!state.spotting) status.textContent = `Opened ${opened.name}. ${status.textContent}`;
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : `Could not open ${file.name}.`;
    }
  });

  reviewedButton.addEventListener('click', async () => {
    const document = openedWord;
    if (!document) return;
    // The comments are for the document as it was opened, checked with the current settings;
    // edits made in the passage cannot be written back into the Word file.
    const findings = lintDocument(document.text, configFor(state.profile), { referenceDate: state.referenceDate || undefined }).findings;
    const fileName = reviewedFileName(document.name);
    status.textContent = `Making ${fileName}…`;
    try {
      const { blob, placements } = await makeReviewedCopy(document, findings);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName });
      link.style.display = 'none';
      window.document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      const edited = passage.value !== document.text ? ' Your edits to the passage are not in it: it is the document as opened.' : '';
      status.textContent = `Downloaded ${fileName} with ${describeCopy(placements)}.${edited}`;
    } catch (error) {
      status.textContent = `Could not make a reviewed copy of ${document.name}: ${error instanceof Error ? error.message : String(error)}`;
    }
  });

  // ---- spot the breach -----------------------------------------------------------------------
  const markSelection = () => {
    if (!state.spotting || state.result) return;
    const { selectionStart, selectionEnd } = passage;
    const [mark] = normaliseMarks(passage.value, [{ start: selectionStart, end: selectionEnd }]);
    if (!mark) {
      status.textContent = 'Select some words in the passage first.';
      return;
    }
    state.marks = normaliseMarks(passage.value, [...state.marks, mark]);
    redraw();
    status.textContent = `Marked “${passage.value.slice(mark.start, mark.end).slice(0, 60)}”. ${state.marks.length} marked.`;
  };

  const reveal = () => {
    revealTeachingPoint();
    if (!state.spotting) return;
    check();
    state.result = scoreSpotTheBreach(passage.value, state.findings, state.marks);
    renderSpotResult(spotResults, passage.value, state.result, { onShow: showFinding });
    redraw();
    status.textContent = state.result.summary;
    document.getElementById('spot-summary')?.focus();
  };

  const clearMarks = () => {
    state.marks = [];
    state.result = null;
    redraw();
    status.textContent = 'Marks cleared. Findings are hidden.';
  };

  const setSpotting = (on: boolean) => {
    state.spotting = on;
    state.marks = [];
    state.result = null;
    spotToggle.setAttribute('aria-pressed', String(on));
    spotToggle.textContent = on ? 'Leave spot the breach' : 'Spot the breach';
    passage.setAttribute('aria-readonly', String(on));
    spotHelp.hidden = !on;
    spotControls.hidden = !on;
    document.body.classList.toggle('spotting', on);
    if (on) {
      redraw();
      status.textContent = 'Spot the breach: findings are hidden. Select words you think break the Compact and mark them, then reveal.';
    } else {
      checkNow();
    }
  };

  spotToggle.addEventListener('click', () => setSpotting(!state.spotting));
  byId<HTMLButtonElement>('mark-button').addEventListener('click', markSelection);
  byId<HTMLButtonElement>('reveal-button').addEventListener('click', reveal);
  byId<HTMLButtonElement>('clear-marks-button').addEventListener('click', clearMarks);
  passage.addEventListener('keydown', (event) => {
    if (state.spotting && event.key === 'Enter') {
      event.preventDefault();
      markSelection();
    }
  });

  // ---- presentation view -----------------------------------------------------------------------
  const setPresenting = (on: boolean) => {
    state.presenting = on;
    document.body.classList.toggle('presenting', on);
    presentToggle.setAttribute('aria-pressed', String(on));
    presentToggle.textContent = on ? 'Leave presentation view' : 'Presentation view';
    keysHelp.hidden = !on;
    showTeachingPoint();
    // Fonts change size: the highlight layer must be redrawn to line up again.
    requestAnimationFrame(drawHighlights);
  };
  presentToggle.addEventListener('click', () => setPresenting(!state.presenting));
  revealPointButton.addEventListener('click', () => {
    revealTeachingPoint();
    teachingPoint.tabIndex = -1;
    teachingPoint.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (!state.presenting || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    // In the passage the arrows select words; only reveal and leaving work there, and only
    // while it is locked for spotting.
    if (target === passage && (!state.spotting || (key !== 'r' && key !== 'Escape'))) return;
    const actions: Record<string, () => void> = {
      ArrowRight: () => stepSample(1),
      ArrowLeft: () => stepSample(-1),
      b: toggleVersion,
      c: toggleCompare,
      s: () => setSpotting(!state.spotting),
      r: reveal,
      Escape: () => setPresenting(false),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  // Keep the highlight layer lined up when the window (and so the text wrapping) changes.
  new ResizeObserver(() => drawHighlights()).observe(passage);

  // ---- the challenge letter -------------------------------------------------------------------
  mountLetterPanel(byId('letter-panel'), {
    getFindings: () => {
      check();
      return state.findings;
    },
    getDetails: () => ({
      documentTitle: letterTitle.value.trim() || 'Practice passage',
      documentUrlOrFile: letterPlace.value.trim() || 'the compact-proof practice page',
      responsibleBody: letterBody.value.trim() || undefined,
      dateChecked: todayIso(),
    }),
  });

  // ---- start: a link may name a sample, version and view (#sample=…&version=after&present) ----
  const params = new URLSearchParams(location.hash.slice(1));
  const linked = sampleById(params.get('sample') ?? '');
  if (linked) showSample(linked, params.get('version') === 'after' ? 'compliant' : 'flawed');
  else checkNow();
  if (params.has('present')) setPresenting(true);
}
