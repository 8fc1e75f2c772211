"""Getting a request to the company: SMTP, and recording replies.

- `smtp`: the user's outgoing mail server settings and sending one message.
- `outgoing`: a tracked request as an email; sending it and recording it as sent
  with the exact message kept as evidence.
- `replies`: importing a reply (.eml file or pasted text) into a request's timeline.

The mail-client hand-off (mailto, .eml, PDF) lives with the letters in
`opt_out_gui.core.letters` and `opt_out_gui.pdf`.
"""
