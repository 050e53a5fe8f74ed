// Shared UI primitives: the buttons, cards, badges and notices every page used to restyle by hand.
export { Badge, type BadgeTone } from "./badge";
export { Button, ButtonLink, buttonClass, type ButtonSize, type ButtonVariant } from "./button";
export { CARD_CLASS, Card } from "./card";
export { NOTICE_TONE, Notice, type NoticeTone } from "./notice";
