import type { RequestHandler } from './$types';
import { publicExport } from '../abwaegung/public-export.server';

export const GET: RequestHandler = (event) => publicExport(event, 'csv');
