// Test helper: the events extract() codes for an invented note, with a fixed published date so that
// relative dates stay stable. Kept apart from helpers.ts, which must not load the extractor.
import { extract } from '../../src/extract/index.ts';

export const eventsOf = (text: string, published = '2021-06-10') => extract({ id: 't', text, published }).events;

/** only the events told as done (asserted), the ones a coder would sign */
export const assertedOf = (text: string, published?: string) => eventsOf(text, published).filter((e) => e.modality === 'asserted');
