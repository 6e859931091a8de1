package org.usertasks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The UserTasks service: the Struct PIM v1 UserTasks API and what is built on it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class UserTasksApplication {

	public static void main(String[] args) {
		SpringApplication.run(UserTasksApplication.class, args);
	}

}
