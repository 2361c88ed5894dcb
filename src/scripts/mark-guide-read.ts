// The entry guide-read.ts loads when the reader reaches a quiz: its own chunk, so that the
// import() needs no module namespace of the shared learning store.
export { markGuideRead as default } from '../stores/learning';
