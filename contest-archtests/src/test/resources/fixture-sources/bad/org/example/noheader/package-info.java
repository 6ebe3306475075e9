/** Documented, but the SPDX line is missing. */
@NullMarked
package org.example.noheader;

import org.jspecify.annotations.NullMarked;
