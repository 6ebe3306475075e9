// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.ledger.CheckpointCommands;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code contest ledger checkpoint [-o FILE] [--key FILE]}: the published head of the chain. */
@Command(
        name = "checkpoint",
        mixinStandardHelpOptions = true,
        description = {
            "生成校验点（条目数、链头哈希、时间，可选 HMAC）供公示；日后用 verify --checkpoint 证明台账是它的延续。",
            "Write a checkpoint (entry count, head hash, time, optional HMAC) to publish; later, verify --checkpoint"
                    + " proves the journal extends it."
        })
final class LedgerCheckpointCommand extends CliCommand {

    @ParentCommand
    LedgerCliCommand parent = new LedgerCliCommand();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "写入文件，缺省为标准输出 / file to write; standard output when absent")
    Optional<Path> output = Optional.empty();

    @Option(
            names = "--key",
            paramLabel = "FILE",
            description = "HMAC-SHA256 密钥文件（文件字节，至少 16 字节）/ HMAC-SHA256 key file (its bytes, at least 16)")
    Optional<Path> key = Optional.empty();

    @Override
    public Integer call() {
        int code =
                CheckpointCommands.checkpoint(parent.journal, output, key, Instant.now(), out(), err(), lang.locale());
        out().flush();
        err().flush();
        return code;
    }
}
