// SPDX-License-Identifier: Apache-2.0
/**
 * Reading and writing contest documents as JSON and YAML ({@link
 * io.github.laborcontest.model.json.ContestJson}), with every problem of bad input reported as a
 * value naming its JSON path.
 */
@NullMarked
package io.github.laborcontest.model.json;

import org.jspecify.annotations.NullMarked;
