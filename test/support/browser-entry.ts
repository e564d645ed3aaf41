// Entry for the browser build used by render-parity.test.ts: the same modules the console bundles.
import { buildRenderContext } from '../../src/shared/email/render-context';
import { defaultContent } from '../../src/shared/templates/default-content';
import { renderTemplate } from '../../src/shared/velocity/render';

Object.assign(globalThis, { mailroomRender: { buildRenderContext, defaultContent, renderTemplate } });
