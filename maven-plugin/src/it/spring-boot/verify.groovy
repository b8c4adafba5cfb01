def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)

// spring-boot:repackage ran first; the image is for the extracted layout, never for the nested jars
File extracted = new File(basedir, 'target/sysimg/shop-1.0/shop-1.0.jar')
assert extracted.isFile() : "no extracted application jar at ${extracted}:\n${log}"
File lib = new File(extracted.parentFile, 'lib')
List<String> libs = lib.list() as List<String>
assert libs.any { it.startsWith('spring-context-') } : libs
// the runtime class path only: the optional dependency is not in the repackaged jar, so not in the image's class path
assert !libs.any { it.startsWith('commons-lang3-') } : libs
it.checkStatements(basedir, ['com.example.shop.PriceList', 'com.example.shop.ShopApplication'], ['com.example.shop.ShopApplicationTest'])

String image = new File(basedir, 'target/sysimg/' + it.imageName()).path
def command = log.readLines().find { it.contains(' -jar ') && it.contains(image + '.args') }
assert command != null : "the build log names no java -jar command with the image:\n${log}"
assert command.trim().endsWith(' -jar ' + extracted.path) : command

// Started as the log says, in strict mode (the JVM refuses to start without the image): the application's own
// classes and Spring's come from the image.
String java = new File(it.itJdk(), 'bin/java').path
String strict = it.itFeature() >= 24 ? '-XX:AOTMode=on' : '-Xshare:on'
List<String> run = [java, '@' + image + '.args', strict, '-Xlog:class+load', '-jar', extracted.path]
Process process = new ProcessBuilder(run).directory(basedir).redirectErrorStream(true).start()
String output = process.inputStream.getText('UTF-8')
assert process.waitFor() == 0 : "${run.join(' ')}:\n${output}"
assert output.contains('Total: 1.35') : output
['com.example.shop.PriceList', 'org.springframework.context.annotation.AnnotationConfigApplicationContext'].each { name ->
    def load = output.readLines().find { it.contains("[class,load] ${name} ") }
    assert load != null && load.contains('shared objects file') : "${name} did not come from the image: ${load}"
}
// On JDK 25 the cache is written from the application's own start, with what the tests loaded preloaded
if (it.itFeature() >= 25) {
    assert log.contains('Application start: running com.example.shop.ShopApplication to a refreshed context') : log
    assert new File(image + '.args').readLines().contains('--add-modules=java.instrument') : new File(image + '.args').text
}
return true
