/** The kind of source a text came from: it decides how headings, lists and markup are read. */
export type SourceFormat = 'text' | 'markdown' | 'html';
