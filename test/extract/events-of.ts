// Test helper: the events extract() codes for an invented note, with a fixed published date so that
// relative dates stay stable. Kept apart from helpers.ts, which must not load the extractor.
import { extract } from '../../src/extract/index.ts';

export const eventsOf = (text: string, published = '2021-06-10') => extract({ id: 't', text, published }).events;
