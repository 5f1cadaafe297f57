package org.ecokiosk.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a path named for import is a file that can be read, said in words staff can act on. */
public final class InputFiles {
    private InputFiles() {
    }

    /** Empty when {@code f} is a readable regular file; otherwise the problem, naming the path. */
    public static Optional<Problem> problemOf(Path f) {
        String name = f.toString();
        if (Files.isDirectory(f)) {
            return Optional.of(Problem.ofFile(name, "这是一个文件夹，不是文件；请写出文件夹里要导入的文件",
                    "this is a folder, not a file: name the files in it to import"));
        }
        if (!Files.exists(f)) {
            return Optional.of(Problem.ofFile(name, "找不到这个文件", "no such file"));
        }
        if (!Files.isRegularFile(f)) {
            return Optional.of(Problem.ofFile(name, "这不是普通文件", "this is not a regular file"));
        }
        if (!Files.isReadable(f)) {
            return Optional.of(Problem.ofFile(name, "没有读取这个文件的权限", "no permission to read this file"));
        }
        return Optional.empty();
    }
}
