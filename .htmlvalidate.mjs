/** html-validate over every built page (tests/integrity/html.test.ts); rules off only with a reason. */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Data tables become one card per record on phones (display: block), which drops the table
    // semantics in Safari/VoiceOver; the explicit table/row/cell roles, and role="list" on
    // unstyled lists, put them back. The roles are deliberate, so "redundant" is not an error.
    'no-redundant-role': 'off',
    // A scrolling table wrapper is a focusable region, not a document section with a heading.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};
