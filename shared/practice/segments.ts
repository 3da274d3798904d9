/** The practice page's highlight runs: the shared cutting lives in shared/text so the HTML report can use it too. */
export { segmentText, type Segment, type Span } from '../text/segments.ts';
