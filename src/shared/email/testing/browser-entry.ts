// Entry for the browser build used by render-parity.test.ts: the same modules the console bundles.
import { buildRenderContext } from '../render-context';
import { defaultContent } from '../../templates/default-content';
import { renderTemplate } from '../../velocity/render';

Object.assign(globalThis, { mailroomRender: { buildRenderContext, defaultContent, renderTemplate } });
