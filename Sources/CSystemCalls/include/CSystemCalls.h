#ifndef CSYSTEMCALLS_H
#define CSYSTEMCALLS_H

/// Swaps the files (or folders) at two paths in one step, as `renameat2(2)`
/// with `RENAME_EXCHANGE` does: a reader of either path sees one or the other,
/// never neither. Glibc's Swift module does not export `renameat2`, which its
/// header declares only with `_GNU_SOURCE`.
///
/// Returns 0, or -1 with `errno` set: `ENOENT` when a path names nothing,
/// `EINVAL` or `ENOSYS` where the file system or kernel cannot exchange.
int claimgraph_exchange(const char *first, const char *second);

#endif
