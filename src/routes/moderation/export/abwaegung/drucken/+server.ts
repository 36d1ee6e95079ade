import type { RequestHandler } from './$types';
import { internalExport } from '../../handler.server';

export const GET: RequestHandler = (event) => internalExport(event, 'print');
