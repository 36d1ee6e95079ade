import type { RequestHandler } from './$types';
import { publicExport } from '../public-export.server';

export const GET: RequestHandler = (event) => publicExport(event, 'print');
