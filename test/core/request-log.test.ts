import { parseStatus } from '../../src/core/request-log';

describe('parseStatus', () => {
  it.each([
    ['решено', 'resolved'],
    ['Resolved', 'resolved'],
    // What people type instead of the dropdown's words.
    ['Done', 'resolved'],
    ['Completed', 'resolved'],
    ['выполнено', 'resolved'],
    ['Pending', 'waiting'],
    ['On hold', 'waiting'],
    ['in-progress', 'inProgress'],
    ['Open', 'new'],
    ['Cancelled', 'closed'],
    ['', null],
    ['когда-нибудь', null],
  ])('%s is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});
