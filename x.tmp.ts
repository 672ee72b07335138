import { parseKinds } from './src/core/kinds';
import { isTaskDone } from './src/core/summaries';
for (const c of ['Both', 'обе', 'All', 'все виды', 'any help', 'техническая']) console.log(c, JSON.stringify(parseKinds(c)));
for (const c of ['Resolved', 'Achieved', 'Done?', 'Implemented partially', 'Реализовано']) console.log(c, isTaskDone(c));
