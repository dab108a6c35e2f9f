/**
 * `npm run validate`: runs the model checks and writes docs/validation.md with
 * each row's expected range beside the model's number (male and female models),
 * docs/parameters.md from the parameter records, and the female parameter table
 * inside docs/model.md. Exits 1 if any measurement is out of range.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { VALIDATION_TABLE } from '../tests/model-checks/validation-table';
import { MECHANISMS } from '../tests/model-checks/mechanisms';
import { GH_REPORT_SECTION } from '../tests/model-checks/gh-validation';
import { renderValidationReport } from '../tests/model-checks/report';
import { renderParameterTables } from '../tests/model-checks/parameter-table';
import { MODELS } from '../src/core/model/registry';
import { FEMALE_REPORT_SECTIONS, spliceFemaleParameters } from '../tests/model-checks/female/docs';

writeFileSync(new URL('../docs/parameters.md', import.meta.url), renderParameterTables(Object.values(MODELS)));
const modelDoc = new URL('../docs/model.md', import.meta.url);
writeFileSync(modelDoc, spliceFemaleParameters(readFileSync(modelDoc, 'utf8')));
const { markdown, failures } = renderValidationReport(VALIDATION_TABLE, MECHANISMS, [...FEMALE_REPORT_SECTIONS, GH_REPORT_SECTION]);
writeFileSync(new URL('../docs/validation.md', import.meta.url), markdown);
console.log(`docs/validation.md written: ${failures === 0 ? 'all measurements within range' : `${failures} out of range`}`);
process.exitCode = failures === 0 ? 0 : 1;
