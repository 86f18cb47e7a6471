/**
 * The widgets' idea of "now" (upcoming vs past events, deadlines). Tests and previews may set
 * `clock.now` to a fixed instant; pages never need to.
 */
export const clock = {
  now: (): Date => new Date(),
};
