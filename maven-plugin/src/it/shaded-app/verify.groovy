def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
File jar = new File(basedir, 'target/shaded-1.0.jar')
assert new File(basedir, 'target/original-shaded-1.0.jar').isFile() : 'the shade plugin leaves the original jar beside the shaded one'
assert log.contains('training: ran 2 of 2 tests with JUnit (0 failed, 0 aborted)') : log

// The image is for java -jar: the printed line runs as it is, and the argfile sets no class path.
File image = new File(basedir, 'target/sysimg/' + it.imageName())
String start = log.readLines().find { it.contains(' -jar ') && it.contains(image.path + '.args') }
assert start != null : "no java -jar line with the image:\n${log}"
assert start.trim().endsWith(' -jar ' + jar.path) : start
assert !new File(image.path + '.args').readLines('UTF-8').contains('-cp')
String header = new File(basedir, 'target/sysimg/sysimg-statements.txt').readLines('UTF-8').find { it.startsWith('@image-class-path ') }
assert header == '@image-class-path ' + jar.path : header

String java = new File(it.itJdk(), 'bin/java').path
String strict = it.itFeature() >= 24 ? '-XX:AOTMode=on' : '-Xshare:on'
List<String> run = [java, '@' + image.path + '.args', strict, '-Xlog:class+load', '-jar', jar.path, 'Ada']
Process process = new ProcessBuilder(run).redirectErrorStream(true).start()
String output = process.inputStream.getText('UTF-8')
assert process.waitFor() == 0 : "${run.join(' ')}:\n${output}"
assert output.contains('Hello, Ada!') : output
// picocli is compiled for Java 5: an AOT cache (JDK 24+) leaves out classes older than Java 6 ("Old class has been linked").
List<String> served = ['com.example.shaded.Greet'] + (it.itFeature() >= 24 ? [] : ['picocli.CommandLine'])
served.each { name ->
    def load = output.readLines().find { it.contains("[class,load] ${name} ") }
    assert load != null && load.contains('shared objects file') : "${name} did not come from the image: ${load}"
}

// Nothing of the tests or of the annotation processor is in the image.
List<String> listing = [java, '@' + image.path + '.args', '-XX:+PrintSharedArchiveAndExit', '-cp', jar.path]
Process lister = new ProcessBuilder(listing).redirectErrorStream(true).start()
String classes = lister.inputStream.getText('UTF-8')
lister.waitFor()
assert classes.contains('com.example.shaded.Greet') : classes.readLines().take(20).join('\n')
['org.junit.', 'org.opentest4j.', 'picocli.codegen.', 'com.example.shaded.GreetTest'].each { prefix ->
    assert !classes.readLines().any { it.contains(' ' + prefix) } : "the image holds ${prefix} classes"
}
return true
