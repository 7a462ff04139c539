/**
 * Publishing a room's reader events to an edge server (nginx with the nchan module) for many readers
 * (docs/decisions/0065): an outbox the pipeline's threads fill without waiting, one thread that posts
 * it, retries while the edge is unreachable and, back in touch, fills the edge's gap.
 */
package org.plaincaptions.publish;
